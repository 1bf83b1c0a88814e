package jp.openkokuho.nhi.linkage.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.PermittedItem;

/**
 * The permitted 別表第二 items as effective-dated rows, and the check every 情報照会 / 情報提供 passes: each item must
 * have a row of the same direction in force on the day; anything else is refused. Immutable.
 */
public final class PermittedItemsTable {
    /** The bundled defaults. */
    public static final String DEFAULT_RESOURCE = "permitted-items.csv";

    private final List<PermittedItem> items;

    /**
     * @param items the rows
     */
    public PermittedItemsTable(Collection<PermittedItem> items) {
        this.items = List.copyOf(items);
    }

    /** @return the bundled defaults (the seed's 評価書 list) */
    public static PermittedItemsTable bundled() {
        try (InputStream in = PermittedItemsTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source file name for messages
     * @param csv {@code direction,item_no,valid_from,valid_to,legal_basis} with a header and {@code #} comments
     * @return the table
     */
    public static PermittedItemsTable parse(String source, String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).build();
        List<PermittedItem> rows = new ArrayList<>();
        try (Reader r = new StringReader(csv)) {
            for (CSVRecord rec : format.parse(r)) {
                long line = rec.getParser().getCurrentLineNumber();
                try {
                    rows.add(new PermittedItem(ExchangeDirection.valueOf(rec.get("direction")),
                        Integer.parseInt(rec.get("item_no")), LocalDate.parse(rec.get("valid_from")),
                        rec.get("valid_to").isEmpty() ? null : LocalDate.parse(rec.get("valid_to")),
                        rec.get("legal_basis")));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new LinkageException("FILE", source + " line " + line + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PermittedItemsTable(rows);
    }

    /** @return every row */
    public List<PermittedItem> items() {
        return items;
    }

    /**
     * @param day a day
     * @return rows in force that day
     */
    public List<PermittedItem> inForce(LocalDate day) {
        return items.stream().filter(i -> i.permittedOn(day)).toList();
    }

    /**
     * @param direction 照会 or 提供
     * @param itemNos requested items
     * @param day the day of the request
     * @return the rows that permit them, in the order asked
     * @throws LinkageException ({@code NOT_PERMITTED}) naming the first item not permitted
     */
    public List<PermittedItem> require(ExchangeDirection direction, List<Integer> itemNos, LocalDate day) {
        if (itemNos == null || itemNos.isEmpty()) {
            throw new LinkageException("NOT_PERMITTED", "a " + label(direction) + " must name at least one 別表第二 item");
        }
        List<PermittedItem> out = new ArrayList<>();
        for (Integer no : itemNos) {
            out.add(items.stream().filter(i -> i.direction() == direction && i.itemNo() == no && i.permittedOn(day))
                .findFirst().orElseThrow(() -> new LinkageException("NOT_PERMITTED", label(direction) + " of 別表第二 第"
                    + no + "号 is not permitted for 国保資格管理 on " + day)));
        }
        return out;
    }

    static String label(ExchangeDirection d) {
        return d == ExchangeDirection.INQUIRY ? "情報照会" : "情報提供";
    }
}
