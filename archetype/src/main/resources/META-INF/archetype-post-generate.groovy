// Runs after generation, in batch mode too (the descriptor's validationRegex is only checked when the properties are
// asked for interactively). Refuses values that would give a project that does not compile or a destination id the
// platform cannot use, with one clear message, and removes what was generated.
def props = request.properties
def problems = []
def id = props.getProperty('destinationId') ?: ''
if (!(id ==~ /[a-z][a-z0-9]{1,39}/)) {
    problems << "destinationId '${id}' must be 2 to 40 lower-case letters and digits starting with a letter " +
        "(it names the feature nhi-transfer-<id>, the output folder and the tenants' 'destinations' entry)"
}
['destinationName', 'legalBasis'].each { key ->
    def value = props.getProperty(key) ?: ''
    if (value.isBlank() || value =~ /["\\&<>]/) {
        problems << "${key} '${value}' must not be blank nor contain \" \\ & < > (it is written into Java and XML)"
    }
}
def cls = props.getProperty('destinationClass') ?: ''
if (!(cls ==~ /[A-Z][A-Za-z0-9_]*/)) {
    problems << "destinationClass '${cls}' is not a Java class name"
}
if (problems) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException('NHI destination archetype: ' + problems.join('; '))
}
