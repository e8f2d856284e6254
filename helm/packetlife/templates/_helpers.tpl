{{- define "packetlife.fullname" -}}{{ .Release.Name }}-packetlife{{- end -}}
{{- define "packetlife.image" -}}{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}{{- end -}}
{{- define "packetlife.tokenSecret" -}}{{ .Values.auth.existingSecret | default (printf "%s-token" (include "packetlife.fullname" .)) }}{{- end -}}
