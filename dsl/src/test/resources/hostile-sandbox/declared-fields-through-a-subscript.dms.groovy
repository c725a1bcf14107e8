// refused at 4: 'declaredFields' is not allowed in a scenario file
scenario('reflection') {
    def spec = tag 'x'
    def fields = STOPPED.declaringClass['declared' + 'Fields']
}
