package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.util.List;

/**
 * One section of a disclosure: a heading in the PDF and one CSV file with the same rows.
 *
 * @param fileName the CSV's name in the bundle
 * @param title the Japanese title
 * @param headers the column names (Japanese)
 * @param rows the values, each as long as {@code headers}; empty strings for empty cells
 * @param note a sentence printed under the heading (and in the contents file), or empty
 */
record Section(String fileName, String title, List<String> headers, List<List<String>> rows, String note) {
    Section {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException(fileName + ": a row of " + r.size() + " cells for "
                    + headers.size() + " columns");
            }
        }
    }
}
