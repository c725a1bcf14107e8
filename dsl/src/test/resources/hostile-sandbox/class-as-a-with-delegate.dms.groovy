// refused at 4: 'with' on the class java.lang.Enum is not allowed in a scenario file
scenario('reflection') {
    def type = STOPPED.declaringClass.superclass
    type.with { tag getPackage().name }
}
