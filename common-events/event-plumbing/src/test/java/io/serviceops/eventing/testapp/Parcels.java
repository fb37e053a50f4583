package io.serviceops.eventing.testapp;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Parcels extends MongoRepository<Parcel, String> {
}
