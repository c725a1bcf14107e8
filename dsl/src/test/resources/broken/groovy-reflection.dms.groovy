scenario('orders') {
    def runtime = 'x'.getClass().forName('java.lang.Runtime')
}
