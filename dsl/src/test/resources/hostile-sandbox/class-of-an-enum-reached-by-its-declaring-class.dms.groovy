// refused at 4: 'getPackage' on the class java.lang.Enum is not allowed in a scenario file
scenario('reflection') {
    def type = STOPPED.declaringClass.superclass
    tag type.getPackage().name
}
