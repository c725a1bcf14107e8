// refused at 5: 'class' is not allowed in a scenario file
// Tries to make 'await' check nothing in every file loaded after this one.
scenario('poison') {
    def spec = tag 'harmless'
    spec['cla' + 'ss']['meta' + 'Class']['await'] = { String name, Closure condition -> null }
}
