scenario('orders') {
    parameter 'rows', 1000
    def rows = longParam('row')
}
