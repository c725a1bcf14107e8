package io.dmstestkit.wiremock.internal.server;

import com.github.tomakehurst.wiremock.store.BlobStore;
import com.github.tomakehurst.wiremock.store.ObjectStore;
import com.github.tomakehurst.wiremock.store.RecorderStateStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.ScenariosStore;
import com.github.tomakehurst.wiremock.store.SettingsStore;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.store.StubMappingStore;

/** WireMock's stores with a {@link FastPathJournal} as the request journal store; the rest as given. */
public final class FastPathStores implements Stores {

    private final Stores stores;
    private final FastPathJournal journal;

    public FastPathStores(Stores stores, FastPathJournal journal) {
        this.stores = stores;
        this.journal = journal;
    }

    FastPathJournal journal() {
        return journal;
    }

    @Override
    public StubMappingStore getStubStore() {
        return stores.getStubStore();
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }

    @Override
    public SettingsStore getSettingsStore() {
        return stores.getSettingsStore();
    }

    @Override
    public ScenariosStore getScenariosStore() {
        return stores.getScenariosStore();
    }

    @Override
    public RecorderStateStore getRecorderStateStore() {
        return stores.getRecorderStateStore();
    }

    @Override
    public BlobStore getMappingsBlobStore() {
        return stores.getMappingsBlobStore();
    }

    @Override
    public BlobStore getFilesBlobStore() {
        return stores.getFilesBlobStore();
    }

    @Override
    public BlobStore getBlobStore(String name) {
        return stores.getBlobStore(name);
    }

    @Override
    public ObjectStore getObjectStore(String name) {
        return stores.getObjectStore(name);
    }

    @Override
    public ObjectStore getObjectStore(String name, PersistenceType persistenceType) {
        return stores.getObjectStore(name, persistenceType);
    }

    @Override
    public ObjectStore getObjectStore(String name, PersistenceType persistenceType, int maxSize) {
        return stores.getObjectStore(name, persistenceType, maxSize);
    }

    @Override
    public void start() {
        stores.start();
    }

    @Override
    public void stop() {
        stores.stop();
    }
}
