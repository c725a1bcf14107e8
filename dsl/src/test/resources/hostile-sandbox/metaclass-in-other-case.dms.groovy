// refused at 3: 'MetaClass' is not allowed in a scenario file
scenario('poison') {
    def mc = STOPPED['Meta' + 'Class']
}
