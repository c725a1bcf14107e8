scenario('orders') {
    tag new File('/etc/passwd').text
}
