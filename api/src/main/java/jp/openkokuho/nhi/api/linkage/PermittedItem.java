package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;

/**
 * One 別表第二 item this municipality may ask about or provide, for a period.
 *
 * @param direction 照会 or 提供
 * @param itemNo the item number (番号法 別表第二 as the seed's 評価書 lists it)
 * @param validFrom first day permitted
 * @param validTo first day no longer permitted; {@code null} while in force
 * @param legalBasis the legal basis as staff read it
 */
public record PermittedItem(ExchangeDirection direction, int itemNo, LocalDate validFrom, LocalDate validTo,
        String legalBasis) {
    /**
     * @param day a day
     * @return whether the item is permitted that day
     */
    public boolean permittedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
