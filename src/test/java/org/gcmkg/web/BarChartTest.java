package org.gcmkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The SVG of the charts: round axes, unknown values without bars, text escaped. */
class BarChartTest {
    private static final BarChart.Texts TEXTS = new BarChart.Texts("T <1>", "D & d", "X", "Y");

    private static BarChart.Bar bar(String key, Long value) {
        return new BarChart.Bar(key, "<" + key + ">", Optional.ofNullable(value), Optional.of(1L), "tip " + key,
                "/thing/" + key);
    }

    @Test
    void theValueAxisEndsOnARoundNumberAboveTheLargestValue() {
        String svg = BarChart.columns("c", TEXTS, List.of(bar("a", 21L), bar("b", 3L)));
        List<String> ticks = Pattern.compile("<text class=\"tick\"[^>]*>([0-9]+)</text>").matcher(svg).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of("0", "5", "10", "15", "20", "25"), ticks);
        String rows = BarChart.rows("r", TEXTS, List.of(bar("a", 39L)));
        assertTrue(rows.contains(">40</text>"), rows);
    }

    @Test
    void anUnknownValueHasNoBarAndAQuestionMark() {
        String svg = BarChart.columns("c", TEXTS, List.of(bar("a", null), bar("b", 0L)));
        String unknown = svg.substring(svg.indexOf("data-key=\"a\""), svg.indexOf("data-key=\"b\""));
        assertFalse(unknown.contains("<rect"), unknown);
        assertTrue(unknown.contains(">?</text>"));
        String zero = svg.substring(svg.indexOf("data-key=\"b\""));
        assertTrue(zero.contains("height=\"0.0\""), "zero is drawn as a bar of zero");
        assertTrue(zero.contains(">0</text>"));
    }

    @Test
    void textIsEscaped() {
        String svg = BarChart.columns("c", TEXTS, List.of(bar("a", 1L)));
        assertTrue(svg.contains("<title id=\"c-title\">T &lt;1&gt;</title>"));
        assertTrue(svg.contains("<desc id=\"c-desc\">D &amp; d</desc>"));
        assertTrue(svg.contains(">&lt;a&gt;</text>"));
        assertFalse(svg.contains("<a>"));
    }
}
