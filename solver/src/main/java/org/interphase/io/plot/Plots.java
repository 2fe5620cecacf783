package org.interphase.io.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG line plots for reports and studies (convergence plots on log-log axes, curves over a parameter). */
public final class Plots {

    /** One named curve. */
    public record Series(String name, double[] x, double[] y, boolean dashed) {
        public Series(String name, double[] x, double[] y) {
            this(name, x, y, false);
        }
    }

    private Plots() {
    }

    /**
     * Writes a line plot as PNG (atomically: temporary file, then rename).
     *
     * @param file   (Input) the PNG path.
     * @param title  (Input) chart title.
     * @param xLabel (Input) x axis label with unit.
     * @param yLabel (Input) y axis label with unit.
     * @param logLog (Input) logarithmic axes.
     * @param series (Input) the curves.
     */
    public static Path line(Path file, String title, String xLabel, String yLabel, boolean logLog, List<Series> series)
            throws IOException {
        return line(file, title, xLabel, yLabel, logLog, logLog, series);
    }

    /**
     * Writes a line plot as PNG with each axis linear or logarithmic; a logarithmic y axis over a linear x
     * axis (a quantity spanning decades over a parameter) gets one labelled tick per decade.
     *
     * @param file   (Input) the PNG path.
     * @param title  (Input) chart title.
     * @param xLabel (Input) x axis label with unit.
     * @param yLabel (Input) y axis label with unit.
     * @param logX   (Input) logarithmic x axis.
     * @param logY   (Input) logarithmic y axis.
     * @param series (Input) the curves.
     */
    public static Path line(Path file, String title, String xLabel, String yLabel, boolean logX, boolean logY,
            List<Series> series) throws IOException {
        boolean logLog = logX && logY;
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xs = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.x().length; i++) {
                xs.add(s.x()[i], s.y()[i]);
            }
            data.addSeries(xs);
        }
        ValueAxis xAxis = logX ? new LogAxis(xLabel) : new NumberAxis(xLabel);
        ValueAxis yAxis = logY ? new LogAxis(yLabel) : new NumberAxis(yLabel);
        if (!logX) {
            ((NumberAxis) xAxis).setAutoRangeIncludesZero(false);
        }
        if (!logY) {
            ((NumberAxis) yAxis).setAutoRangeIncludesZero(false);
        } else if (!logLog) {
            LogAxis decades = (LogAxis) yAxis;
            decades.setTickUnit(new NumberTickUnit(1.0), false, false);
            decades.setAutoTickUnitSelection(false);
            decades.setNumberFormatOverride(new DecimalFormat("0.#####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).dashed()) {
                renderer.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 4f}, 0f));
                renderer.setSeriesShapesVisible(i, false);
            } else {
                renderer.setSeriesStroke(i, new BasicStroke(2f));
            }
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".plot", ".png.tmp");
        try {
            ChartUtils.saveChartAsPNG(tmp.toFile(), chart, 800, 560);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    /** Observed convergence order between successive (h, error) pairs: log(e1/e2)/log(h1/h2). */
    public static double[] orders(double[] h, double[] err) {
        double[] p = new double[h.length - 1];
        for (int i = 0; i + 1 < h.length; i++) {
            p[i] = Math.log(err[i] / err[i + 1]) / Math.log(h[i] / h[i + 1]);
        }
        return p;
    }
}
