package org.gcmkg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians, percentiles and the way the benchmark prints times and ratios. */
final class Stats {
    private Stats() {
    }

    static double median(List<? extends Number> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile {@code p} (0-100) of {@code values}; NaN for none. */
    static double percentile(List<? extends Number> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Milliseconds, written short: 0.8 ms, 12 ms, 1.52 s; "-" for NaN. */
    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        if (millis < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    /** {@code a / b} with two decimals, "-" when either is missing. */
    static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    static String mib(long kb) {
        return String.format(Locale.ROOT, "%d MiB", kb / 1024);
    }
}
