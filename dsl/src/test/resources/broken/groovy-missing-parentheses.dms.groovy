scenario('orders') {
    fault Throttling
    disarmFaults
}
