package org.gcmkg.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Looks at an untrusted zip (a workbook is one) before anything parses it: its size as sent, the number of its
 * entries and the bytes they inflate to, counted while inflating so that a zip bomb stops at the cap; and, for a
 * workbook, macros (a VBA project or a macro-enabled content type), which are refused.
 */
final class ZipScreen {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ZipScreen() {
    }

    /** Whether {@code bytes} start like a zip file. */
    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    /**
     * The entries of a zip, inflated, after checking the caps; {@code keep} entries are returned (by name), others
     * only counted.
     */
    static Map<String, byte[]> entries(byte[] bytes, String source, InputLimits limits, boolean workbook) {
        if (bytes.length > limits.maxBytes()) {
            throw WorkbookInputException.tooLarge("input.tooLarge", "source", source, "max", limits.maxBytes());
        }
        if (!isZip(bytes)) {
            if (startsWith(bytes, OLE2)) {
                throw new WorkbookInputException("input.ole2", "source", source);
            }
            throw new WorkbookInputException(workbook ? "input.notWorkbook" : "input.notZip", "source", source);
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw WorkbookInputException.tooLarge("input.entries", "source", source, "max", limits.maxEntries());
                }
                String name = entry.getName();
                if (workbook && isMacro(name)) {
                    throw new WorkbookInputException("input.macros", "source", source);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        throw WorkbookInputException.tooLarge("input.unzippedTooLarge", "source", source,
                                "max", limits.maxUnzippedBytes());
                    }
                    out.write(buffer, 0, n);
                }
                if (!entry.isDirectory()) {
                    if (entries.put(name, out.toByteArray()) != null) {
                        throw new WorkbookInputException("input.duplicateEntry", "source", source, "name", name);
                    }
                }
            }
        } catch (ZipException e) {
            throw new WorkbookInputException(workbook ? "input.notWorkbook" : "input.notZip", "source", source);
        } catch (IOException e) {
            throw new WorkbookInputException("input.unreadable", "source", source, "reason", String.valueOf(e.getMessage()));
        }
        if (count == 0) {
            throw new WorkbookInputException(workbook ? "input.notWorkbook" : "input.notZip", "source", source);
        }
        if (workbook) {
            byte[] types = entries.get("[Content_Types].xml");
            if (types == null) {
                throw new WorkbookInputException("input.notWorkbook", "source", source);
            }
            String t = new String(types, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (t.contains("macroenabled") || t.contains("vbaproject")) {
                throw new WorkbookInputException("input.macros", "source", source);
            }
        }
        return entries;
    }

    private static boolean isMacro(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml") || n.contains("/activex/");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
