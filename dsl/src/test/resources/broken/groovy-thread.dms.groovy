scenario('orders') {
    Thread.start {
        while (true) {}
    }
}
