scenario('orders') {
    tag 'whoami'.execute().text
}
