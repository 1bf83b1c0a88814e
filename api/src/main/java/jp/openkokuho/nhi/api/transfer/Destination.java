package jp.openkokuho.nhi.api.transfer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component properties of an {@link EligibilityChangeConsumer}: put this annotation on the DS component so that
 * no property string is typed by hand.
 *
 * <pre>
 * &#64;Component(service = EligibilityChangeConsumer.class)
 * &#64;Destination(id = "residentregistry", name = "住民記録システム", legalBasis = "住民基本台帳法第7条第10号")
 * public class ResidentRegistryConsumer implements EligibilityChangeConsumer { … }
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Destination {
    /** Prefix of every property this annotation produces. */
    String PREFIX_ = "nhi.destination.";

    /** @return the destination id: lower case, unique on the installation; tenants name it in their configuration */
    String id();

    /** @return the destination system's name as staff read it (e.g. 住民記録システム) */
    String name();

    /** @return the legal basis of the transfer as the assessment states it (e.g. 住民基本台帳法第7条第10号) */
    String legalBasis();

    /** @return the {@link ChangeItems} names the destination needs */
    String[] items() default {};
}
