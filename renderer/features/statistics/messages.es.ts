import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  title: 'Estadísticas de resultados',
  intro:
    'Su propia cartera, contada: asuntos por país requirente, tipo de dato y resultado, y cuánto tardó en decidir la Comisión de Control de los Ficheros de la OIPC-INTERPOL (CCF). Las cifras exactas se quedan en la aplicación; solo el informe anonimizado puede salir de ella.',
  empty: 'Todavía no hay asuntos. Las estadísticas aparecen cuando un expediente tiene un asunto.',
  summary: '{matters, plural, one {# asunto} other {# asuntos}}, {requests, plural, one {# solicitud a la CCF} other {# solicitudes a la CCF}}.',
  byCountryTitle: 'Asuntos por país requirente y resultado',
  byCountryChart: 'Gráfico de barras de los asuntos por país requirente, divididos por resultado. La tabla siguiente recoge las mismas cifras.',
  timingTitle: 'Plazo de decisión de la CCF frente a los plazos del Estatuto',
  timingChart: 'Gráfico de barras de las solicitudes a la CCF por tipo y de cómo se compara la decisión con el plazo del Estatuto. La tabla siguiente recoge las mismas cifras.',
  timingHowCounted:
    'El plazo corre desde el día en que la solicitud fue declarada admisible: 4 meses para el acceso (STAT Art. 40(1)), 9 meses para la rectificación/supresión (STAT Art. 40(2)); la CCF puede prorrogarlo (STAT Art. 40(3)). Si la admisibilidad no está registrada, los meses se cuentan desde la recepción, lo que puede aumentarlos hasta en un mes (STAT Art. 32(1)). Las solicitudes de revisión se excluyen: el STAT Art. 42(3) aplica el plazo de la decisión revisada, que la cronología no registra.',
  publishedFigures:
    'A modo de comparación, resúmenes de profesionales del informe anual 2023 de la CCF indican que cerca del 70 % de las solicitudes de acceso y el 85 % de las quejas se resolvieron dentro de los plazos del Estatuto. Sin confirmar: no se leyó el informe oficial.',
  medianMonths: 'Mediana de meses hasta la decisión: {access} (acceso, plazo 4), {deletion} (rectificación/supresión, plazo 9).',
  noDecisionYet: 'ninguna decidida',
  kindsTitle: 'Asuntos por tipo de dato',
  requestTypesTitle: 'Solicitudes a la CCF por tipo',
  columnCountry: 'País requirente',
  columnTotal: 'Total',
  columnKind: 'Tipo de dato',
  columnRequestType: 'Tipo de solicitud',
  columnMatters: 'Asuntos',
  columnRequests: 'Solicitudes',
  kinds: { 'red-notice': 'Notificación roja', diffusion: 'Difusión', sltd: 'Base SLTD (documentos de viaje robados y perdidos)', other: 'Otro dato' },
  outcomes: { pending: 'Pendiente', deleted: 'Suprimida', corrected: 'Rectificada', retained: 'Mantenida', implemented: 'Ejecución confirmada' },
  requestTypes: { access: 'Acceso', 'correction-deletion': 'Rectificación/supresión', revision: 'Revisión' },
  timedRequestTypes: { access: 'Acceso (STAT Art. 40(1), 4 meses)', 'correction-deletion': 'Rectificación/supresión (STAT Art. 40(2), 9 meses)' },
  timings: {
    within: 'Decidida dentro del plazo',
    extended: 'Decidida tarde, plazo prorrogado',
    over: 'Decidida tarde',
    pending: 'Aún no decidida',
    'unknown-start': 'Inicio no registrado'
  },
  exportOpen: 'Exportar informe anonimizado…',
  exportTitle: 'Informe anonimizado: lo que saldrá de la aplicación',
  exportIntro:
    'Esto es exactamente lo que se guardará. No nombra a ningún cliente ni asunto, no contiene números de expediente, de orden de detención ni referencias de INTERPOL, ni fechas más precisas que el mes. Los recuentos inferiores a 5 aparecen como «<5» y, cuando un «<5» podría deducirse de un total, se oculta también otro recuento.',
  csvPreview: 'Archivo CSV: sus filas tal como se guardan',
  pdfPreview: 'Documento PDF: su texto',
  saveCsv: 'Guardar CSV',
  savePdf: 'Guardar PDF',
  closePreview: 'Cerrar la vista previa',
  savedFile: 'Se guardó {fileName}.',
  saveCancelled: 'Guardado cancelado. No se guardó nada.',
  saveFailed: 'No se pudo guardar el archivo: {reason} No se guardó nada.',
  reportPrepared: 'Elaborado en {month}.',
  report: {
    title: 'Estadísticas anonimizadas de resultados',
    columnTable: 'Tabla',
    columnCategory: 'Categoría',
    columnSubcategory: 'Subcategoría',
    columnCount: 'Recuento',
    summary: 'Resumen',
    preparedMonth: 'Elaborado (mes)',
    matters: 'Asuntos',
    requests: 'Solicitudes a la CCF',
    tables: {
      countries: 'Asuntos por país requirente',
      kinds: 'Asuntos por tipo de dato',
      outcomes: 'Asuntos por resultado',
      requestTypes: 'Solicitudes a la CCF por tipo',
      timing: 'Plazo de decisión de la CCF frente al plazo del Estatuto'
    },
    withheld: 'oculto',
    notesHeading: 'Cómo leer este informe',
    notes: {
      suppression: 'Los recuentos inferiores a 5 (incluido el cero) aparecen como <5. Cuando un <5 podría deducirse de un total, se oculta también el menor de los demás recuentos.',
      months:
        'Plazos: 4 meses para el acceso (STAT Art. 40(1)), 9 meses para la rectificación/supresión (STAT Art. 40(2)), desde el día en que la solicitud fue declarada admisible, o desde la recepción si la admisibilidad no se registró. «Decidida tarde, plazo prorrogado»: la CCF había prorrogado su plazo (STAT Art. 40(3)).',
      scope: 'Las solicitudes de revisión solo se cuentan por tipo: su plazo sigue el de la decisión revisada (STAT Art. 42(3)).',
      anonymity: 'Este informe no contiene nombres, números de expediente o de asunto, ni fechas más precisas que el mes.'
    }
  }
}
