package jp.openkokuho.nhi.api.person;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's particulars (宛名情報) as the NHI work uses them.
 *
 * @param atenaNo 宛名番号, the tenant's identifier of the person (ASCII digits)
 * @param name 氏名
 * @param nameKana 氏名カナ (may be empty, never {@code null})
 * @param birthDate 生年月日
 * @param sex 性別
 */
public record Person(String atenaNo, String name, String nameKana, LocalDate birthDate, Sex sex) {
    /** Rejects missing values. */
    public Person {
        Objects.requireNonNull(atenaNo, "atenaNo");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }

    /** Never prints the name or the birth date, so that a record in a log message leaks nothing. */
    @Override
    public String toString() {
        return "Person[atenaNo=" + atenaNo + "]";
    }
}
