package jp.openkokuho.nhi.eligibility.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.person.Sex;

/**
 * What one printed document shows, in the order it shows it. Personal data: never log an instance.
 *
 * @param type the document type (its title is printed)
 * @param status ISSUED or REISSUED (a reissued document is marked 再交付)
 * @param insurerNumber 保険者番号
 * @param insurerName 保険者名 (the municipality)
 * @param cardSymbol 記号
 * @param cardNumber 番号
 * @param branchNo 枝番
 * @param name 氏名
 * @param birthDate 生年月日
 * @param sex 性別
 * @param headName 世帯主氏名; {@code null} if not printed (高齢受給者証) or no insured 世帯主 is known
 * @param acquisitionDate 資格取得年月日
 * @param issueDate 交付年月日
 * @param effectiveDate 発効期日
 * @param expiryDate 有効期限; {@code null} if none
 * @param copayRatePercent 一部負担金の割合 in percent; {@code null} if not printed
 */
public record DocumentContent(DocumentType type, DocumentStatus status, String insurerNumber, String insurerName,
        String cardSymbol, String cardNumber, String branchNo, String name, LocalDate birthDate, Sex sex,
        String headName, LocalDate acquisitionDate, LocalDate issueDate, LocalDate effectiveDate, LocalDate expiryDate,
        Integer copayRatePercent) {

    /** Rejects missing values that every document prints. */
    public DocumentContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(insurerNumber, "insurerNumber");
        Objects.requireNonNull(insurerName, "insurerName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(acquisitionDate, "acquisitionDate");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    /**
     * One printed item.
     *
     * @param label the item's name as printed (e.g. 氏名)
     * @param value the printed value
     */
    public record Item(String label, String value) {
    }

    /** @return the items in print order, dates in 和暦 */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        if (expiryDate != null) {
            items.add(new Item("有効期限", Wareki.format(expiryDate)));
        }
        items.add(new Item("記号・番号・枝番", cardSymbol + "・" + cardNumber + "・" + branchNo));
        items.add(new Item("氏名", name));
        items.add(new Item("生年月日", Wareki.format(birthDate)));
        items.add(new Item("性別", sex.label()));
        items.add(new Item("資格取得年月日", Wareki.format(acquisitionDate)));
        items.add(new Item("発効期日", Wareki.format(effectiveDate)));
        if (copayRatePercent != null) {
            items.add(new Item("一部負担金の割合", rateLabel(copayRatePercent)));
        }
        if (headName != null) {
            items.add(new Item("世帯主氏名", headName));
        }
        items.add(new Item("交付年月日", Wareki.format(issueDate)));
        items.add(new Item("保険者番号", insurerNumber));
        items.add(new Item("保険者名", insurerName));
        return items;
    }

    /**
     * @param percent a rate in percent, a multiple of 10
     * @return the rate as printed (20 → 2割)
     */
    public static String rateLabel(int percent) {
        return percent / 10 + "割";
    }

    /** @return the notes printed under the items, one line each */
    public List<String> notes() {
        return switch (type) {
            case INSURANCE_CARD, SHORT_TERM_CARD -> List.of(
                "保険医療機関等で診療を受けるときは、この証を窓口に提示してください。");
            case QUALIFICATION_CERTIFICATE -> List.of(
                "医療機関等の窓口では費用の全額をお支払いください。",
                "後日の申請により、保険給付分を特別療養費として支給します。");
            case ELDERLY_RECIPIENT_CARD -> List.of(
                "保険医療機関等で診療を受けるときは、資格確認書等と一緒に窓口に提示してください。");
            case ELIGIBILITY_CONFIRMATION_DOC -> List.of(
                "保険医療機関等で診療を受けるときは、この資格確認書を窓口に提示してください。");
            case ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST -> List.of(
                "特別療養費の対象です。医療機関等の窓口では費用の全額をお支払いください。",
                "後日の申請により、保険給付分を特別療養費として支給します。");
            case ELIGIBILITY_INFO_NOTICE -> List.of(
                "このお知らせは、あなたの国民健康保険の資格情報をお知らせするものです。",
                "このお知らせのみでは医療機関等を受診できません。",
                "マイナ保険証(健康保険証利用登録をしたマイナンバーカード)と一緒に提示してください。");
        };
    }
}
