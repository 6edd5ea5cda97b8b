from .core import Buyer, HARBOUR, BRIGHT, CORVEL, TESSARO, KVIKK, AERO, GREEN

MEGAN = Buyer("Megan Farrell", "megan.farrell", HARBOUR, "Purchasing Manager")
PRIYA = Buyer("Priya Nair", "priya.nair", HARBOUR, "Buyer, Food & Beverage")
JONAS = Buyer("Jonas Weber", "j.weber", BRIGHT, "Einkauf / Purchasing")
AYLIN = Buyer("Aylin Demir", "a.demir", BRIGHT, "Einkauf / Purchasing")
SANNE = Buyer("Sanne de Vries", "sanne.devries", CORVEL, "Procurement")
LUCA = Buyer("Luca Ferri", "l.ferri", TESSARO, "Supply Chain")
EMMA = Buyer("Emma Lindqvist", "emma.lindqvist", KVIKK, "Category Buyer")
CIARAN = Buyer("Ciarán Walsh", "ciaran.walsh", AERO, "Procurement Officer")
KATHI = Buyer("Katharina Pichler", "k.pichler", GREEN, "Einkauf")
