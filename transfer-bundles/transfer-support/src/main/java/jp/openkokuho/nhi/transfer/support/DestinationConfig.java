package jp.openkokuho.nhi.transfer.support;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A destination's own configuration ({@code etc/jp.openkokuho.nhi.transfer.<id>.cfg}): the defaults for every
 * tenant that has no channel configuration of its own. Used as the DS component property type of each destination.
 */
@ObjectClassDefinition(name = "NHI destination: defaults",
        description = "Root directory and character set of a destination for municipalities without their own channel")
public @interface DestinationConfig {
    /** @return root of the per-tenant directories; empty = ${karaf.data}/nhi/transfer/&lt;destination id&gt; */
    @AttributeDefinition(name = "Outbound root directory",
            description = "Empty: ${karaf.data}/nhi/transfer/<destination id>")
    String outbound_root() default "";

    /** @return record encoding */
    @AttributeDefinition(name = "Character set", description = "UTF-8 or Windows-31J")
    String charset() default "UTF-8";
}
