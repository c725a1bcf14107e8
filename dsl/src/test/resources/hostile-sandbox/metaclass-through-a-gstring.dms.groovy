// refused at 4: 'metaClass' is not allowed in a scenario file
scenario('poison') {
    def part = 'Class'
    def mc = (1.percent)["meta${part}"]
}
