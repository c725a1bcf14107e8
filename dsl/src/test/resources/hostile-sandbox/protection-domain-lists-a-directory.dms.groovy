// refused at 5: 'class' is not allowed in a scenario file
scenario('listing') {
    def c = 'cla' + 'ss'
    def p = 'protection' + 'Domain'
    tag((1.percent)[c][p].codeSource.location.toString())
}
