package org.gcmkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child process of the benchmark, with its output in a log file and its memory read from {@code /proc}. */
final class Proc implements AutoCloseable {
    private final Process process;
    private final Path log;

    private Proc(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command}, its standard output and error going to {@code log}. */
    static Proc start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        // Children run in the log's folder, so that what they write beside themselves (Fuseki's run/) stays there.
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(log.getParent().toFile())
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Process process = pb.start();
        // A benchmark that ends early (an error, Ctrl-C) takes its servers with it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new Proc(process, log);
    }

    /** The command line of a Java process with a heap of {@code heap} (such as "4g"). */
    static List<String> java(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        command.addAll(List.of(args));
        return command;
    }

    /** The command line of a Java process with the JVM flags {@code flags}. */
    static List<String> javaWith(List<String> flags, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of(args));
        return command;
    }

    /** The outcome of a process run to its end: exit code, wall time and peak resident memory. */
    record Run(int exitCode, long millis, long peakRssKb, String output) {
    }

    /** Runs {@code command} to its end, polling its peak resident memory (VmHWM) every 20 ms. */
    static Run run(List<String> command, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try (Proc p = start(command, log)) {
            long peak = 0;
            while (!p.process.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, p.status("VmHWM:"));
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return new Run(p.process.exitValue(), millis, peak, Files.readString(log));
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** CPU time used so far (user + system, every thread), in milliseconds, from {@code /proc/PID/stat}. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of stat(5), utime and stime, in clock ticks of 1/100 s (USER_HZ on Linux).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Resident memory now, in KiB (0 once the process has ended). */
    long rssKb() {
        return status("VmRSS:");
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
