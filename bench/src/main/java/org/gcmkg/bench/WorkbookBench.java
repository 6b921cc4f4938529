package org.gcmkg.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.store.Project;
import org.gcmkg.store.ProjectFiles;
import org.gcmkg.workbook.GateAdapter;
import org.gcmkg.workbook.InputLimits;
import org.gcmkg.workbook.WorkbookCheck;
import org.gcmkg.workbook.WorkbookInput;

/**
 * {@code workbook N [RUNS]}: time from a reporting workbook of N fictitious actions (.xlsx) to its validation report,
 * beside the baseline of the same statements sent to the gate as N-Triples, run alternately; prints every run, the
 * medians, their ratio and the peak heap of each path.
 */
public final class WorkbookBench {
    private WorkbookBench() {
    }

    /** Entry point: {@code N [RUNS]}. */
    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Project project = Project.load(ProjectFiles.embedded());
        IngestService gate = new IngestService(project, DatasetGraphFactory.createTxnMem(), Clock.systemUTC());
        GateAdapter adapter = new GateAdapter(project, gate);
        WorkbookCheck setup = new WorkbookCheck(adapter);
        WorkbookInput csv = setup.workbooks().read(zip(csvFiles(actions)), WorkbookInput.Form.CSV, "generated", InputLimits.DEFAULT);
        byte[] xlsx = setup.workbooks().workbookOf(csv);
        Graph graph = setup.workbooks().map(csv).graph();
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, graph, Lang.NTRIPLES);
        byte[] ntBytes = nt.toByteArray();
        System.out.printf("workbook: %d actions, %d bytes (.xlsx), %d triples; baseline: the same triples as %d bytes of N-Triples%n",
                actions, xlsx.length, graph.size(), ntBytes.length);
        List<Long> workbookMillis = new ArrayList<>();
        List<Long> baselineMillis = new ArrayList<>();
        long workbookPeak = 0;
        long baselinePeak = 0;
        for (int run = 0; run <= runs; run++) {
            resetPeaks();
            long t0 = System.nanoTime();
            WorkbookCheck check = new WorkbookCheck(adapter);
            WorkbookCheck.Outcome outcome = check.validate(check.workbooks().read(xlsx, WorkbookInput.Form.XLSX, "bench.xlsx",
                    InputLimits.DEFAULT));
            long workbook = (System.nanoTime() - t0) / 1_000_000;
            long wPeak = peakHeap();
            resetPeaks();
            long t1 = System.nanoTime();
            boolean baselineConforms = gate.validate(new SubmissionInput(ntBytes, Lang.NTRIPLES, "bench.nt").parse()).accepted();
            long baseline = (System.nanoTime() - t1) / 1_000_000;
            long bPeak = peakHeap();
            String label = run == 0 ? "warm-up" : "run " + run;
            System.out.printf("%-8s workbook %6d ms (conforms %s, %d problems), peak heap %5d MiB; baseline %6d ms (conforms %s), peak heap %5d MiB%n",
                    label, workbook, outcome.report().conforms(), outcome.report().problems().size(), wPeak >> 20,
                    baseline, baselineConforms, bPeak >> 20);
            if (run > 0) {
                workbookMillis.add(workbook);
                baselineMillis.add(baseline);
                workbookPeak = Math.max(workbookPeak, wPeak);
                baselinePeak = Math.max(baselinePeak, bPeak);
            }
        }
        long w = median(workbookMillis);
        long b = median(baselineMillis);
        System.out.printf("median: workbook %d ms, baseline %d ms, ratio %.2f; peak heap: workbook %d MiB, baseline %d MiB%n",
                w, b, b == 0 ? 0.0 : (double) w / b, workbookPeak >> 20, baselinePeak >> 20);
    }

    private static Map<String, byte[]> csvFiles(int actions) {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        files.put("report.csv", new StringBuilder("edition,title_es,title_en,country,publisher,year,period_start,period_end\n"
                + "ejemplo-ficticio-banco-de-pruebas,Ejemplo ficticio para medir,Fictitious example for measuring,GTM,sfmh,2022,2021-07,2022-06\n"));
        files.put("institutions.csv", new StringBuilder("institution,acronym,name_es,name_en,kind\n"
                + "sfmh,SFMH,Secretaría Ficticia de Movilidad Humana,Fictitious Secretariat for Human Mobility,PublicBody\n"
                + "ifam,IFAM,Instituto Ficticio de Atención al Migrante,Fictitious Institute for Migrant Care,PublicBody\n"));
        files.put("sections.csv", new StringBuilder("section,title_es,title_en,start_page\nacciones,Acciones (ficticio),Actions (fictitious),3\n"));
        files.put("participation.csv", new StringBuilder("institution,row,requested,sent,included\nsfmh,1,yes,yes,yes\nifam,2,yes,yes,yes\n"));
        StringBuilder a = new StringBuilder("objective,item,section,name_es,name_en,summary_es,summary_en,responsible,partners,"
                + "beneficiary_groups,start,end\n");
        StringBuilder f = new StringBuilder("objective,item,figure,value,quantity_es,quantity_en,unit_es,unit_en\n");
        for (int i = 0; i < actions; i++) {
            int objective = 1 + i % 23;
            int item = 1 + i / 23;
            a.append(objective).append(',').append(item).append(",acciones,Acción ficticia ").append(i)
                    .append(",Fictitious action ").append(i).append(",Acción inventada número ").append(i)
                    .append(" para medir.,Made-up action number ").append(i).append(" for measuring.,")
                    .append(i % 2 == 0 ? "sfmh" : "ifam; sfmh").append(',').append(i % 3 == 0 ? "oim" : "")
                    .append(',').append(i % 4 == 0 ? "ninas-ninos-y-adolescentes" : "").append(',')
                    .append(i % 5 == 0 ? "2021-09" : "").append(',').append(i % 10 == 0 ? "2022-03" : "").append('\n');
            if (i % 5 == 0) {
                f.append(objective).append(',').append(item).append(",1,").append(100 + i)
                        .append(",Personas atendidas (ficticio),Persons assisted (fictitious),personas,persons\n");
            }
        }
        files.put("actions.csv", a);
        files.put("figures.csv", f);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.toString().getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private static byte[] zip(Map<String, byte[]> files) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
