// refused at 5: 'metaClass' is not allowed in a scenario file
scenario('poison') {
    def spec = tag 'harmless'
    def name = 'meta' + 'Class'
    spec[name] = null
}
