scenario('orders') {
    def clock = new Clock()
}
