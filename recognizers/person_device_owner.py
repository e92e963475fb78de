"""PERSON: a device's owner by the device's word and a preposition of ownership, in Spanish,
Portuguese and French.

An inventory's note or a ticket names whose machine it is (``Laptop de Rocío – Contabilidad``,
``Notebook da Maria``, ``PC de Jean-Marc``, ``iPhone do João``); the small English model reads
none of them. ``device_owner`` (0.7) takes one or two capitalized words after the device's word
and ``de``, ``do``, ``da`` or ``d'``. A department's, a room's or a spare's machine is no one's:
the words a firm gives its own (``Laptop de Contabilidad``, ``PC de Recepción``, ``iPad de
Préstamo``, ``Celular de Empresa``) are left out here, and the engine drops what names a thing.
``device_then_owner`` (0.7): a note that starts with the device's word, then its owner's two names and
maybe their team after a dash (``Laptop Hery Razanajatovo - direction``, RustDesk's peers' alias), or
a quoted name of that shape (a FRITZ!Box's WireGuard connection ``'Handy Dragan'``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_DEVICE = (r"(?i:laptop|notebook|port[áa]til|computadora?|ordenador|pc|celular|m[óo]vil|t[ée]l[ée](?:ph|f)on[eo]"
           r"|tablet(?:te|a)?|ordinateur|iphone|ipad|macbook|galaxy|portable|poste"  # (French's laptop and workstation)
           r"|handy|rechner|smartphone)")  # (German's mobile and computer: a VPN's connection 'Handy Anna')
# What a firm names its own machines after: departments, rooms, roles, a spare's or a loan's words
_NOT_OWNERS = (r"(?:Contabilidad|Contabilidade|Comptabilité|Recepción|Recepcion|Recepção|Réception|Ventas|Vendas|Ventes"
               r"|Compras|Finanzas|Finanças|Finances|Sistemas|Soporte|Suporte|Support|Informática|Informatique|Bodega"
               r"|Almacén|Almacen|Depósito|Deposito|Logística|Logistica|Logistique|Gerencia|Gerência|Direction|Dirección"
               r"|Direccion|Diretoria|Caja|Caixa|Sala|Salle|Oficina|Escritório|Bureau|Préstamo|Prestamo|Empréstimo|Prêt"
               r"|Reemplazo|Reserva|Repuesto|Remplacement|Empresa|Compañía|Entreprise|Société|Turno|Guardia|Planta"
               r"|Producción|Produção|Production|Recursos|Marketing|Mercadeo|Calidad|Qualidade|Qualité|Auditoría"
               r"|Prueba|Pruebas|Teste|Test|Demo|Invitados|Visitantes|Visiteurs|Clientes|Clients|Pantalla|Windows"
               r"|Linux|Apple|Samsung|Lenovo|Dell|Marca|Modelo|Serie|Luxe|Lujo"
               r"|Caisse|Accueil|Comptoir|Atelier|Stock|Entrepôt|Serveur|Servidor|Server|Backup|Kiosque|Borne"
               r"|Compta|Secrétariat|Secretariat|Labo|Formation|Stagiaire|Partagé|Commun|Spare|Loaner|Conference"
               r"|Meeting|Training|Shared|Admin|Pro|Air|Mini|Max|Plus|Ultra|Lite|Neo|Gamer|Gaming|Fixe"  # (a
               # shop's till, its front desk, a workshop's, a server: 'PC Caisse Centrale')
               # a body's or a firm's kind ('PC de Banco Nacional de Fomento')
               r"|Banco|Banque|Hospital|Hôpital|Clínica|Clinica|Clinique|Universidad|Universidade|Université|Colegio"
               r"|Escuela|Escola|École|Ministerio|Ministério|Ministère|Municipalidad|Alcaldía|Prefeitura|Mairie|Gobierno"
               r"|Governo|Tienda|Loja|Magasin|Farmacia|Farmácia|Pharmacie|Hotel|Hôtel|Grupo|Groupe|Instituto|Institut"
               # German's rooms, desks and uses ('Laptop Büro', 'PC Empfang', 'Handy Praxis', 'Rechner Lager')
               r"|Büro|Buero|Empfang|Anmeldung|Praxis|Labor|Lager|Kasse|Theke|Gäste|Gast|Wartezimmer|Behandlung"
               r"|Chef|Chefin|Buchhaltung|Verwaltung|Technik|Werkstatt|Privat|Dienst|Dienstlich|Firma|Zuhause|Home"
               r"|Office|Homeoffice|Schule|Schulung|Ersatz|Leihgerät|Haus|Wohnzimmer|Küche|Keller|Garage)")


class PersonDeviceOwnerRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "device_owner",
            r"(?x)(?<=(?<![\w\-])" + _DEVICE + r"(?:[ ][\w\-]{1,12}){0,2}?"  # the device, maybe its model ('Galaxy
            r"[ ](?:(?-i:de|do|da)[ ]|(?-i:d)['’]))"  # A54'), then whose: 'de', Portuguese's 'do', 'da', French's 'd''
            r"(?!" + _NOT_OWNERS + r"(?![\p{L}\p{M}]))"
            r"\p{Lu}\p{Ll}[\p{Ll}\p{M}]+(?:[ \-]\p{Lu}\p{Ll}[\p{Ll}\p{M}]+)?"  # one or two names ('Jean-Marc')
            r"(?![\p{L}\p{M}\-]|[ ]\p{Lu}\p{Ll})",  # (not three: 'PC de Banco Nacional de ...' is a firm's)
            0.7,
        ),
        Pattern(
            "device_then_owner",
            r"(?x)(?<=(?:^|(?<=\n)|(?<=[-–][ ])|(?<=(?<!\w)['‘„\"]))" + _DEVICE + r"[ ])"  # a note that starts with the
            # device's word (or a quoted name: a VPN's connection, 'WireGuard-Verbindung 'Laptop Monika' ...'),
            r"(?!" + _NOT_OWNERS + r"(?![\p{L}\p{M}]))"  # then its owner's full name and maybe their team
            r"\p{Lu}\p{Ll}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}\p{Ll}[\p{Ll}\p{M}]+)?"  # after a dash ('Laptop Hery
            r"(?=[ ]?[-–][ ](?-i:[a-zà-ÿ])|[ \t]*$"  # Razanajatovo - direction', 'PC Mialy - compta', 'Poste
            r"|(?<=(?<!\w)['‘„\"][^'‘„\"\n]{3,60})['’“\"](?!\w))",  # Fanja'; the team in lower case: not a
            # model's 'PC Caisse - Magasin 2'; or the quote's end)
            0.7,
        ),
    ]
    CONTEXT = ["laptop", "notebook", "pc", "celular", "usuario"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
