package org.gcmkg.web;

import static org.gcmkg.page.Markup.esc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Bar charts as SVG, drawn on the server from query results: axes with ticks, gridlines, axis titles, a label
 * under or over every bar and the value at its end. A bar whose value is unknown gets no bar and a question mark,
 * never a bar of zero. The SVG scales with the page and needs no script.
 */
final class BarChart {
    private static final int WIDTH = 960;

    /**
     * One bar.
     *
     * @param key     what the bar stands for, as a data attribute (an objective's number, a category's name)
     * @param label   the bar's label on the axis
     * @param value   the bar's value; empty when unknown
     * @param marker  a second value drawn as a diamond on the same bar, if any
     * @param tooltip a sentence for the bar's title and link
     * @param href    where the bar links to, or null
     */
    record Bar(String key, String label, Optional<Long> value, Optional<Long> marker, String tooltip, String href) {
    }

    /**
     * The texts around a chart.
     *
     * @param title  the chart's title
     * @param desc   what the chart shows, for people who do not see it
     * @param xTitle the title of the horizontal axis
     * @param yTitle the title of the vertical axis
     */
    record Texts(String title, String desc, String xTitle, String yTitle) {
    }

    private BarChart() {
    }

    /** Vertical bars side by side, labelled under the axis, with the optional markers on them. */
    static String columns(String id, Texts texts, List<Bar> bars) {
        int height = 440;
        int left = 64;
        int right = 16;
        int top = 28;
        int bottom = 72;
        double plotW = WIDTH - left - right;
        double plotH = height - top - bottom;
        Scale scale = Scale.of(max(bars));
        double slot = plotW / Math.max(1, bars.size());
        double barW = Math.min(40, slot * 0.62);
        double base = top + plotH;

        StringBuilder b = open(id, texts, height);
        b.append("<g class=\"grid\">\n");
        for (long v = 0; v <= scale.max; v += scale.step) {
            double y = base - v * plotH / scale.max;
            b.append(line(left, y, WIDTH - right, y));
        }
        b.append("</g>\n<g class=\"axis y\">\n").append(line(left, top, left, base));
        for (long v = 0; v <= scale.max; v += scale.step) {
            double y = base - v * plotH / scale.max;
            b.append(line(left - 5, y, left, y)).append(text("tick", left - 9, y + 4, "end", Long.toString(v)));
        }
        b.append("<text class=\"axis-title\" transform=\"translate(18 ").append(fmt(top + plotH / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(esc(texts.yTitle)).append("</text>\n")
                .append("</g>\n<g class=\"axis x\">\n").append(line(left, base, WIDTH - right, base))
                .append(text("axis-title", left + plotW / 2, height - 14, "middle", texts.xTitle))
                .append("</g>\n<g class=\"bars\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double cx = left + slot * i + slot / 2;
            double labelY = base - 6;
            b.append(groupOpen(bar));
            if (bar.value.isPresent()) {
                double h = bar.value.get() * plotH / scale.max;
                b.append("<rect class=\"value\" x=\"").append(fmt(cx - barW / 2)).append("\" y=\"")
                        .append(fmt(base - h)).append("\" width=\"").append(fmt(barW)).append("\" height=\"")
                        .append(fmt(h)).append("\"/>\n");
                labelY = base - h - 6;
            }
            if (bar.marker.isPresent()) {
                double my = base - bar.marker.get() * plotH / scale.max;
                b.append(diamond(cx, my, 6));
                if (bar.value.isPresent()) {
                    // The value stays readable above the marker; an unknown stays at the foot, where no bar rises.
                    labelY = Math.min(labelY, my - 10);
                }
            }
            b.append(valueLabel(bar, cx, labelY, "middle"))
                    .append(text("x-label", cx, base + 18, "middle", bar.label))
                    .append(groupClose(bar));
        }
        return b.append("</g>\n</svg>\n").toString();
    }

    /** Horizontal bars one under the other, each with its label above it, for labels too long for an axis. */
    static String rows(String id, Texts texts, List<Bar> bars) {
        int left = 8;
        int right = 56;
        int top = 12;
        int rowH = 48;
        int bottom = 52;
        int height = top + rowH * bars.size() + bottom;
        double plotW = WIDTH - left - right;
        double base = top + rowH * bars.size();
        Scale scale = Scale.of(max(bars));

        StringBuilder b = open(id, texts, height);
        b.append("<g class=\"grid\">\n");
        for (long v = 0; v <= scale.max; v += scale.step) {
            double x = left + v * plotW / scale.max;
            b.append(line(x, top, x, base));
        }
        b.append("</g>\n<g class=\"axis x\">\n").append(line(left, base, left + plotW, base));
        for (long v = 0; v <= scale.max; v += scale.step) {
            double x = left + v * plotW / scale.max;
            b.append(line(x, base, x, base + 5)).append(text("tick", x, base + 19, "middle", Long.toString(v)));
        }
        b.append(text("axis-title", left + plotW / 2, height - 10, "middle", texts.xTitle))
                .append("</g>\n<g class=\"bars\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + rowH * i;
            b.append(groupOpen(bar)).append(text("y-label", left, y + 16, "start", bar.label));
            double w = bar.value.orElse(0L) * plotW / scale.max;
            if (bar.value.isPresent()) {
                b.append("<rect class=\"value\" x=\"").append(left).append("\" y=\"").append(fmt(y + 22))
                        .append("\" width=\"").append(fmt(w)).append("\" height=\"18\"/>\n");
            }
            b.append(valueLabel(bar, left + w + 6, y + 36, "start")).append(groupClose(bar));
        }
        return b.append("</g>\n</svg>\n").toString();
    }

    private static StringBuilder open(String id, Texts texts, int height) {
        return new StringBuilder(16384).append("<svg class=\"chart\" id=\"").append(esc(id))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"group\" aria-labelledby=\"").append(esc(id)).append("-title ")
                .append(esc(id)).append("-desc\">\n<title id=\"").append(esc(id)).append("-title\">")
                .append(esc(texts.title)).append("</title>\n<desc id=\"").append(esc(id)).append("-desc\">")
                .append(esc(texts.desc)).append("</desc>\n");
    }

    private static String groupOpen(Bar bar) {
        StringBuilder b = new StringBuilder("<g class=\"bar").append(bar.value.isEmpty() ? " unknown" : "")
                .append("\" data-key=\"").append(esc(bar.key)).append("\" data-value=\"")
                .append(bar.value.map(String::valueOf).orElse("unknown")).append("\"");
        bar.marker.ifPresent(m -> b.append(" data-marker=\"").append(m).append("\""));
        b.append(">\n");
        if (bar.href != null) {
            b.append("<a href=\"").append(esc(bar.href)).append("\" aria-label=\"").append(esc(bar.tooltip))
                    .append("\">\n");
        }
        return b.append("<title>").append(esc(bar.tooltip)).append("</title>\n").toString();
    }

    private static String groupClose(Bar bar) {
        return (bar.href != null ? "</a>\n" : "") + "</g>\n";
    }

    private static String valueLabel(Bar bar, double x, double y, String anchor) {
        return bar.value.map(v -> text("value-label", x, y, anchor, Long.toString(v)))
                .orElseGet(() -> text("unknown-label", x, y, anchor, "?"));
    }

    private static String diamond(double cx, double cy, double r) {
        return "<path class=\"marker\" d=\"M" + fmt(cx) + " " + fmt(cy - r) + " L" + fmt(cx + r) + " " + fmt(cy)
                + " L" + fmt(cx) + " " + fmt(cy + r) + " L" + fmt(cx - r) + " " + fmt(cy) + " Z\"/>\n";
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\"/>\n";
    }

    private static String text(String cls, double x, double y, String anchor, String content) {
        return "<text class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\">" + esc(content) + "</text>\n";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static long max(List<Bar> bars) {
        return bars.stream().flatMap(b -> Stream.of(b.value, b.marker))
                .flatMap(Optional::stream).mapToLong(Long::longValue).max().orElse(0);
    }

    /** An axis from zero to a round maximum in round steps, about five of them. */
    private record Scale(long max, long step) {
        static Scale of(long dataMax) {
            long target = Math.max(1, dataMax);
            long step = 1;
            for (long magnitude = 1; ; magnitude *= 10) {
                for (long m : new long[] {1, 2, 5}) {
                    step = m * magnitude;
                    if (target / step <= 5) {
                        return new Scale((target + step - 1) / step * step, step);
                    }
                }
            }
        }
    }
}
