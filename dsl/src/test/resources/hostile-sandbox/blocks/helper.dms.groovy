// Must never run from a YAML file: YAML is data only.
scenario('helper') {
    advance 1.minutes
}
