package org.symbiose.dashboards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a small chart as SVG text for the experience sheet's PDF (drawn by openhtmltopdf's Batik
 * support) and its web page: stacked bars or lines over time steps. Colours are presentation
 * attributes (the pages' Content-Security-Policy forbids style attributes); every text is escaped.
 */
final class SvgChart {

    /** One series: its name in the legend, its colour and one value per step. */
    record Series(String name, String colour, List<? extends Number> values) {}

    static final int WIDTH = 520;
    static final int HEIGHT = 240;
    private static final int LEFT = 60;
    private static final int RIGHT = 12;
    private static final int TOP = 30;
    private static final int BOTTOM = 36;
    private static final int TICKS = 4;
    private static final int MAX_LABELS = 10;

    private final StringBuilder svg = new StringBuilder();
    private final List<String> steps;
    private final Function<Number, String> numbers;
    private final double max;

    private SvgChart(String title, List<String> steps, double max, Function<Number, String> numbers) {
        this.steps = List.copyOf(steps);
        this.numbers = numbers;
        this.max = niceMax(max);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dashboard-static\" role=\"img\"")
                .append(" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" aria-label=\"")
                .append(escape(title))
                .append("\">")
                .append("<title>")
                .append(escape(title))
                .append("</title>");
    }

    /** Bars stacked per step, the series in the given order from the bottom. */
    static String stacked(String title, List<String> steps, List<Series> series, Function<Number, String> numbers) {
        double max = 0;
        for (int i = 0; i < steps.size(); i++) {
            double total = 0;
            for (Series s : series) {
                total += s.values().get(i).doubleValue();
            }
            max = Math.max(max, total);
        }
        var chart = new SvgChart(title, steps, max, numbers);
        chart.axes();
        double band = chart.band();
        for (int i = 0; i < steps.size(); i++) {
            double base = 0;
            for (Series s : series) {
                double value = s.values().get(i).doubleValue();
                if (value > 0) {
                    chart.rect(
                            chart.x(i) + band * 0.1,
                            chart.y(base + value),
                            band * 0.8,
                            chart.y(base) - chart.y(base + value),
                            s.colour());
                }
                base += value;
            }
        }
        chart.legend(series);
        return chart.end();
    }

    /** One line per series with a dot on each step. */
    static String lines(String title, List<String> steps, List<Series> series, Function<Number, String> numbers) {
        double max = series.stream()
                .flatMap(s -> s.values().stream())
                .mapToDouble(Number::doubleValue)
                .max()
                .orElse(0);
        var chart = new SvgChart(title, steps, max, numbers);
        chart.axes();
        double half = chart.band() / 2;
        for (Series s : series) {
            var points = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                points.append(i == 0 ? "" : " ")
                        .append(fmt(chart.x(i) + half))
                        .append(',')
                        .append(fmt(chart.y(s.values().get(i).doubleValue())));
            }
            chart.svg
                    .append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(s.colour())
                    .append("\" points=\"")
                    .append(points)
                    .append("\"/>");
            for (int i = 0; i < steps.size(); i++) {
                chart.svg
                        .append("<circle r=\"2.5\" fill=\"")
                        .append(s.colour())
                        .append("\" cx=\"")
                        .append(fmt(chart.x(i) + half))
                        .append("\" cy=\"")
                        .append(fmt(chart.y(s.values().get(i).doubleValue())))
                        .append("\"/>");
            }
        }
        chart.legend(series);
        return chart.end();
    }

    private double band() {
        return (double) (WIDTH - LEFT - RIGHT) / Math.max(1, steps.size());
    }

    private double x(int step) {
        return LEFT + step * band();
    }

    private double y(double value) {
        double height = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - (max == 0 ? 0 : value / max * height);
    }

    private void axes() {
        for (int t = 0; t <= TICKS; t++) {
            double value = max / TICKS * t;
            double y = y(value);
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\" stroke=\"#dddddd\" stroke-width=\"0.5\"/>");
            text(LEFT - 4, y + 3, "end", numbers.apply(BigDecimal.valueOf(value).stripTrailingZeros()));
        }
        int every = steps.size() <= 6 ? 1 : Math.max(2, (int) Math.ceil(steps.size() / (double) MAX_LABELS));
        for (int i = 0; i < steps.size(); i++) {
            int last = steps.size() - 1;
            if ((i % every == 0 && last - i >= every) || i == last) {
                text(x(i) + band() / 2, HEIGHT - BOTTOM + 14, "middle", steps.get(i));
            }
        }
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(HEIGHT - BOTTOM)
                .append("\" y2=\"")
                .append(HEIGHT - BOTTOM)
                .append("\" stroke=\"#333333\" stroke-width=\"1\"/>");
    }

    private void legend(List<Series> series) {
        double x = LEFT;
        for (Series s : series) {
            rect(x, 8, 10, 10, s.colour());
            text(x + 14, 17, "start", s.name());
            x += 24 + s.name().length() * 6.2;
        }
    }

    private void rect(double x, double y, double width, double height, String colour) {
        svg.append("<rect x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" width=\"")
                .append(fmt(width))
                .append("\" height=\"")
                .append(fmt(height))
                .append("\" fill=\"")
                .append(colour)
                .append("\"/>");
    }

    private void text(double x, double y, String anchor, String text) {
        svg.append("<text x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"#333333\">")
                .append(escape(text))
                .append("</text>");
    }

    private String end() {
        return svg.append("</svg>").toString();
    }

    /** A round upper bound for the axis: 1, 2, 4 or 8 times a power of ten (four ticks read as round numbers), never below 4. */
    static double niceMax(double value) {
        if (value <= TICKS) {
            return TICKS;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 4, 8, 10}) {
            if (factor * power >= value) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values as XML: what a user typed never becomes markup. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
