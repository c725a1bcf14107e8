// refused at 3: 'getClass' is not allowed in a scenario file
scenario('reflection') {
    def c = 'text'['get' + 'Class']
}
