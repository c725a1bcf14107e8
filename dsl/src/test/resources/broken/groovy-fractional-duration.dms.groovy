scenario('orders') {
    advance 1.5.hours
}
