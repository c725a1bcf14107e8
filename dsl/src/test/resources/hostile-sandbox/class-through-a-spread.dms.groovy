// refused at 4: 'getPackage' on the class java.lang.Enum is not allowed in a scenario file
scenario('reflection') {
    def types = [STOPPED.declaringClass.superclass]
    tag types*.getPackage().toString()
}
