package jp.openkokuho.nhi.transfer.support.testing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the DS component description bnd generated for a class ({@code OSGI-INF/<class>.xml} in
 * {@code target/classes}, written in the process-classes phase, before tests run), so that a unit test checks what
 * the runtime will see: the {@code @Destination} properties, configuration PIDs and references.
 */
public final class ComponentDescriptions {

    private ComponentDescriptions() {
    }

    /** One reference of a component. */
    public record Reference(String name, String interfaceName, String cardinality, String policy, String target,
            String bind, String unbind) {
    }

    /** A component description. */
    public record Description(String configurationPid, String configurationPolicy, List<String> provides,
            Map<String, List<String>> properties, List<Reference> references) {

        /**
         * @param name a property name
         * @return its values (one for a scalar)
         */
        public List<String> property(String name) {
            List<String> v = properties.get(name);
            if (v == null) {
                throw new AssertionError("no property " + name + " in " + properties.keySet());
            }
            return v;
        }
    }

    /**
     * @param component a DS component class
     * @return its description
     */
    public static Description of(Class<?> component) {
        String resource = "OSGI-INF/" + component.getName() + ".xml";
        try (InputStream in = component.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " not found: has bnd-process run?");
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            Map<String, List<String>> props = new LinkedHashMap<>();
            NodeList pl = root.getElementsByTagName("property");
            for (int i = 0; i < pl.getLength(); i++) {
                Element p = (Element) pl.item(i);
                List<String> values = p.hasAttribute("value") ? List.of(p.getAttribute("value"))
                    : Arrays.stream(p.getTextContent().split("\n")).map(String::trim).filter(s -> !s.isEmpty())
                        .toList();
                props.put(p.getAttribute("name"), values);
            }
            List<String> provides = new ArrayList<>();
            NodeList pr = root.getElementsByTagName("provide");
            for (int i = 0; i < pr.getLength(); i++) {
                provides.add(((Element) pr.item(i)).getAttribute("interface"));
            }
            List<Reference> refs = new ArrayList<>();
            NodeList rl = root.getElementsByTagName("reference");
            for (int i = 0; i < rl.getLength(); i++) {
                Element r = (Element) rl.item(i);
                refs.add(new Reference(r.getAttribute("name"), r.getAttribute("interface"),
                    r.getAttribute("cardinality"), r.getAttribute("policy"), r.getAttribute("target"),
                    r.getAttribute("bind"), r.getAttribute("unbind")));
            }
            return new Description(root.getAttribute("configuration-pid"),
                root.getAttribute("configuration-policy"), provides, props, refs);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }
}
