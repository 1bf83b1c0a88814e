package jp.openkokuho.nhi.transfer.support;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Metatype of a municipality's channel configuration for one destination
 * ({@code etc/jp.openkokuho.nhi.transfer.<id>.tenant-<name>.cfg}); parsed by {@link TenantChannel}.
 */
@ObjectClassDefinition(name = "NHI destination: channel of one municipality",
        description = "How one municipality's records reach this destination system")
public @interface TenantChannelConfig {
    /** @return 全国地方公共団体コード */
    @AttributeDefinition(name = "全国地方公共団体コード", description = "6 digits")
    String municipality_code();

    /** @return {@code file} or {@code http} */
    @AttributeDefinition(name = "Channel", options = {@Option(label = "File drop", value = "file"),
        @Option(label = "HTTP POST", value = "http")})
    String channel() default "file";

    /** @return file: root directory; http: the URL */
    @AttributeDefinition(name = "Target", required = false,
            description = "file: absolute root directory (empty: the destination's); http: the URL to POST to")
    String target() default "";

    /** @return record encoding; empty = the destination's */
    @AttributeDefinition(name = "Character set", required = false,
            description = "UTF-8 or Windows-31J; empty: the destination's")
    String charset() default "";
}
