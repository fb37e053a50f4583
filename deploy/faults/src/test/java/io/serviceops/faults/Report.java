package io.serviceops.faults;

import java.util.List;

/** What CI output shows of each fault: what was injected and what was verified afterwards. */
final class Report {

    private Report() {
    }

    static void injected(String fault, String what) {
        System.out.println("[" + fault + "] INJECTED: " + what);
    }

    static void verified(String fault, String what) {
        System.out.println("[" + fault + "] VERIFIED: " + what);
    }

    /**
     * Whether issue 19's figure classes run: on by default, at the CI size (deploy/faults/README.md);
     * {@code -Dfaults.figures=false} leaves them out while iterating on another class.
     */
    static boolean figuresWanted() {
        return Boolean.parseBoolean(System.getProperty("faults.figures", "true"));
    }

    /** One of issue 19's figures: a titled table, the first row its header, columns aligned. */
    static void figure(String fault, String title, List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder("[" + fault + "] FIGURE: " + title + "\n");
        for (int line = 0; line < rows.size(); line++) {
            List<String> row = rows.get(line);
            table.append("  |");
            for (int column = 0; column < row.size(); column++) {
                table.append(' ').append(String.format("%-" + widths[column] + "s", row.get(column))).append(" |");
            }
            table.append('\n');
            if (line == 0) {
                table.append("  |");
                for (int width : widths) {
                    table.append('-').append("-".repeat(width)).append("-|");
                }
                table.append('\n');
            }
        }
        System.out.print(table);
    }
}
