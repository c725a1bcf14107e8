scenario('orders') {
    (1..3).each {
        replication("orders-$it") { table 'public.orders', rows: it * 1000 }
    }
}
