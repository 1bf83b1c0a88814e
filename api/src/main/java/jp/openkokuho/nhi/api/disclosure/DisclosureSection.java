package jp.openkokuho.nhi.api.disclosure;

/**
 * One section of a disclosure bundle: a part of the PDF and one CSV file.
 *
 * @param fileName the CSV's name inside the bundle, e.g. {@code 02_coverage_history.csv}
 * @param title the section's Japanese title, as printed
 * @param rows how many data rows it holds (header excluded)
 */
public record DisclosureSection(String fileName, String title, int rows) {
}
