// refused at 4: '[]' on a java.lang.Class[] is not allowed in a scenario file
scenario('reflection') {
    def types = { String s -> s }.parameterTypes
    def string = types[0]
}
