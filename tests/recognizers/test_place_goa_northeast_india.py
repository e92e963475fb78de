"""LOCATION: Goa's, Assam's, Meghalaya's and Nagaland's towns and localities in English, Devanagari and Assamese
(synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Flat 4, Porvorim, Bardez", ["Porvorim"]), ("Mapusa 403507", ["Mapusa", "403507"]),
    ("Calangute and Candolim", ["Calangute", "Candolim"]), ("a shack on Baga Beach", ["Baga Beach"]),
    ("Vasco-da-Gama", ["Vasco-da-Gama"]), ("Vasco, Goa", ["Vasco"]), ("Fontainhas, Panjim", ["Fontainhas", "Panjim"]),
    ("मडगांवांत रावता", ["मडगांव"]), ("पणजेंत", ["पणजे"]), ("म्हापसा", ["म्हापसा"]), ("फोंड्यांत", ["फोंड्या"]),
    ("Jorhat-785001", ["Jorhat", "785001"]), ("Dibrugarh, Assam", ["Dibrugarh"]), ("Sibsagar", ["Sibsagar"]),
    ("North Lakhimpur", ["North Lakhimpur"]), ("Gauhati", ["Gauhati"]), ("Ganeshguri, Guwahati", ["Ganeshguri"]),
    ("House 12, Lachit Nagar", ["Lachit Nagar"]), ("Paltan Bazar", ["Paltan Bazar"]),
    ("গুৱাহাটীত থাকো", ["গুৱাহাটী"]), ("গুৱাহাটীৰ", ["গুৱাহাটী"]), ("ডিব্ৰুগড়ত", ["ডিব্ৰুগড়"]),
    ("শিলচরে", ["শিলচর"]),
    ("Shillong 793003", ["Shillong", "793003"]), ("Laitumkhrah, Shillong", ["Laitumkhrah", "Shillong"]),
    ("Cherrapunji (Sohra)", ["Cherrapunji", "Sohra"]), ("East Khasi Hills", ["East Khasi Hills"]),
    ("South West Garo Hills", ["South West Garo Hills"]), ("Ri Bhoi", ["Ri Bhoi"]),
    ("Police Bazar", ["Police Bazar"]),
    ("Kohima - 797001", ["Kohima", "797001"]), ("Chümoukedima, Dimapur", ["Chümoukedima", "Dimapur"]),
    ("Khonoma village", ["Khonoma"]), ("PR Hill, Kohima", ["PR Hill", "Kohima"]), ("Mon, Nagaland", ["Mon"]),
    ("in Tura", ["Tura"]), ("from Mon", ["Mon"]), ("ha Laban", ["Laban"]), ("na Polo", ["Polo"]),
    ("near Verna", ["Verna"]), ("at Baga", ["Baga"]), ("to Ponda", ["Ponda"]), ("in Phek", ["Phek"]),
    ("from Vasco da Gama", ["Vasco da Gama"]), ("Tura 794001", ["Tura", "794001"]), ("Verna, Goa", ["Verna"]),
    ("Ponda में", ["Ponda"]), ("in Verna Industrial Estate", ["Verna"]), ("असम में", ["असम"]),
]

NEGATIVE = [
    "Dibrugarh University", "Tezpur University", "Jorhat Engineering College", "Kohima Science College",  # (bodies)
    "Shillong Lajong FC", "Shillong Times", "Calangute Beach Resort", "Gauhati High Court",  # (a team, a paper)
    "Dibrugarh tea", "Naga Hospital",  # (a tea, a hospital)
    "Tura", "Laban", "Polo", "Verna", "Mon", "Baga", "Ponda",  # (words and names alone)
    "from Mon to Fri", "open Fri to Mon", "from Mon-Fri", "lunch at Mon Ami",  # (a weekday; French)
    "Jacob served Laban", "Tura Satana", "Verna Felton", "Marco Polo", "dressed in Polo Ralph Lauren",  # (persons)
    "Vasco da Gama sailed", "Shillongite", "Kohimas", "shillong", "jorhat",  # (a longer word; no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
