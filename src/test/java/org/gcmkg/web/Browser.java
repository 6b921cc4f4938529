package org.gcmkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through its own chromedriver so that Selenium downloads nothing. It
 * records every request the pages make (from the DevTools network events in the performance log) and the
 * console's errors, and saves screenshots of whole pages.
 */
final class Browser implements AutoCloseable {
    /** Where Debian's chromium-driver package installs the driver; {@code -Dgcm.chromedriver} overrides it. */
    static final Path CHROMEDRIVER = Path.of(System.getProperty("gcm.chromedriver", "/usr/bin/chromedriver"));
    /** Where Debian's chromium package installs the browser; {@code -Dgcm.chromium} overrides it. */
    static final Path CHROMIUM = Path.of(System.getProperty("gcm.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The version of the {@code org.webjars.npm:axe-core} WebJar in the POM. */
    private static final String AXE_VERSION = "4.6.3";

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final List<String> requests = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    /** Starts a browser whose preferred language is {@code acceptLanguage}, with a fresh profile. */
    Browser(String acceptLanguage) {
        try {
            profile = Files.createTempDirectory("gcm-kg-chromium-");
            downloads = Files.createTempDirectory("gcm-kg-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", acceptLanguage,
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        // What the browser did before the first page (its start page) is not the pages' doing.
        driver.get("about:blank");
        requestsSinceLastCall();
        consoleErrors.clear();
    }

    /** Whether the browser and its driver are installed where this class looks for them. */
    static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** The driver. */
    ChromeDriver driver() {
        return driver;
    }

    /** Opens a URL and waits until the document is loaded. */
    void open(String url) {
        driver.get(url);
        await().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A wait of at most 20 seconds. */
    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The one element that matches. */
    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** All elements that match. */
    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs a script in the page. */
    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /**
     * The URLs of every request made since the last call, read from the DevTools network events; also collects
     * the console's errors.
     */
    List<String> requestsSinceLastCall() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JSON.parse(entry.getMessage()).getObj("message");
            String method = message.getString("method");
            if ("Network.requestWillBeSent".equals(method) || "Network.webSocketCreated".equals(method)) {
                JsonObject params = message.getObj("params");
                String url = params.hasKey("request") ? params.getObj("request").getString("url")
                        : params.getString("url");
                requests.add(url);
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        List<String> seen = List.copyOf(requests);
        requests.clear();
        return seen;
    }

    /** The console errors collected so far, then forgets them. */
    List<String> consoleErrors() {
        requestsSinceLastCall();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        return errors;
    }

    /** Saves a screenshot of the whole page as {@code target/screenshots/NAME.png} and returns its path. */
    Path screenshot(String name) {
        Object width = script("return Math.ceil(document.documentElement.scrollWidth)");
        Object height = script("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows pages at a viewport {@code width} CSS pixels wide (390 is a phone), or as the window when 0. */
    void viewport(int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /** How many CSS pixels the page is wider than the viewport: 0 when nothing overflows sideways. */
    long horizontalOverflow() {
        return ((Number) script("return Math.max(0, Math.ceil(document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth))")).longValue();
    }

    /** The elements wider than the viewport, for the message of a failed overflow check. */
    String overflowingElements() {
        return String.valueOf(script("const w = document.documentElement.clientWidth; return Array.from("
                + "document.querySelectorAll('body *')).filter(e => { const r = e.getBoundingClientRect();"
                + " return r.right > w + 1 && getComputedStyle(e).position !== 'fixed'"
                + " && !e.closest('.scroll, figure.chart, pre, .CodeMirror') }).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".join('; ')"));
    }

    private static String axeSource;

    /**
     * The violations of WCAG 2.1 A and AA that axe-core finds in the page, one line each (rule, impact, help and
     * the first elements); axe-core is read from its WebJar on the test class path and injected into the page.
     */
    List<String> accessibilityViolations() {
        if (axeSource == null) {
            try (var in = Browser.class.getClassLoader().getResourceAsStream(
                    "META-INF/resources/webjars/axe-core/" + AXE_VERSION + "/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core " + AXE_VERSION + " is not on the test class path");
                }
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.executeScript(axeSource);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')"
                + ".replace(/\\s+/g, ' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        List<String> violations = new ArrayList<>();
        for (Object o : (List<?>) result) {
            violations.add(String.valueOf(o));
        }
        return violations;
    }

    /**
     * The visible interface text of the page: text nodes outside what the markup marks as data (elements with a
     * language of their own, literal values, code, IRIs) and outside the editor.
     */
    String textInPageLanguage() {
        return String.valueOf(script("const page = document.documentElement.lang; const out = [];"
                + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "while (walk.nextNode()) { const n = walk.currentNode; const e = n.parentElement;"
                + " if (!e || !n.textContent.trim()) continue;"
                + " if (e.closest('script, style, code, pre, .iri, .literal, .CodeMirror, [hidden]')) continue;"
                + " const l = e.closest('[lang]'); if (l && l !== document.documentElement) continue;"
                + " if (!e.getClientRects().length) continue;"
                + " out.push(n.textContent.trim()); }"
                + "return out.join(String.fromCharCode(10));"));
    }

    /** A file the browser downloaded, once it is whole. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        Path partial = downloads.resolve(fileName + ".crdownload");
        await().until(d -> Files.isRegularFile(file) && !Files.exists(partial));
        return file;
    }

    /**
     * Whether a request goes to another host than the given server. Only network schemes reach a host; the
     * page's own data ({@code data:}, {@code blob:}) and the browser's internal pages do not.
     */
    static boolean isToAnotherHost(String url, String serverBase) {
        URI u = URI.create(url);
        if (u.getScheme() == null || !List.of("http", "https", "ws", "wss", "ftp").contains(u.getScheme())) {
            return false;
        }
        URI base = URI.create(serverBase);
        return !(base.getScheme().equals(u.getScheme()) && base.getHost().equals(u.getHost())
                && base.getPort() == u.getPort());
    }

    @Override
    public void close() {
        driver.quit();
        for (Path dir : List.of(profile, downloads)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A profile left in the temporary directory does no harm.
            }
        }
    }
}
