// Sets the stage in Groovy: replication 'orders', and a dependency (KMS) that fails the first start.
scenario('orders, with a KMS hiccup') {
    replication('orders') { table 'public.orders', rows: 10_000 }
    fault FailedDependency, on: 'StartReplication', times: 1, message: 'KMS key arn:aws:kms:us-east-1:123456789012:key/1 is unavailable'
}
