package jp.openkokuho.nhi.eligibility.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test method (and its {@code @BeforeEach}/{@code @AfterEach}) of the annotated class inside
 * {@code Subject.doAs} with a Karaf JAAS subject of this user and these roles, as Karaf's shell does for a logged-in
 * user; the services' access guard then sees that user.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RunAsExtension.class)
public @interface RunAs {
    /** @return the login name */
    String user() default "test-clerk";

    /** @return the JAAS role names, e.g. {@code nhi-clerk@112291} */
    String[] roles();
}
