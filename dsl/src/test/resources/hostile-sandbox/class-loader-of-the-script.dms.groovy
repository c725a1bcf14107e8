// refused at 3: 'class' is not allowed in a scenario file
scenario('loader') {
    def loader = this['cla' + 'ss']['class' + 'Loader']
}
