{{- define "eventpipeline-dev.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels of one component (call with `dict "ctx" $ "component" "kafka"`): stable for the release's life. */}}
{{- define "eventpipeline-dev.selectorLabels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
{{- end }}

{{/* Labels on every object of a component. helm.sh/chart changes on upgrade, so it never goes into selectors. */}}
{{- define "eventpipeline-dev.labels" -}}
helm.sh/chart: {{ include "eventpipeline-dev.chart" .ctx }}
{{ include "eventpipeline-dev.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: eventpipeline-dev
{{- end }}

{{- define "eventpipeline-dev.image" -}}
{{ .repository }}:{{ .tag }}
{{- end }}

{{/* A server's data: a directory of its own under persistence.hostPath, else an emptyDir. */}}
{{- define "eventpipeline-dev.dataVolume" -}}
- name: data
  {{- if .ctx.Values.persistence.hostPath }}
  hostPath:
    path: {{ printf "%s/%s" (trimSuffix "/" .ctx.Values.persistence.hostPath) .component }}
    type: DirectoryOrCreate
  {{- else }}
  emptyDir: {}
  {{- end }}
{{- end }}

{{/* The kubelet creates a hostPath directory as root and never applies fsGroup to it: hand it to the server's
user once, with nothing but CAP_CHOWN. Only with persistence.hostPath (an emptyDir is writable through fsGroup). */}}
{{- define "eventpipeline-dev.volumePermissions" -}}
{{- if .ctx.Values.persistence.hostPath }}
- name: volume-permissions
  image: {{ include "eventpipeline-dev.image" .image }}
  imagePullPolicy: {{ .image.pullPolicy }}
  command: ["chown", "{{ .uid }}:{{ .uid }}", "{{ .mountPath }}"]
  securityContext:
    runAsUser: 0
    runAsNonRoot: false
    allowPrivilegeEscalation: false
    readOnlyRootFilesystem: true
    capabilities:
      drop: [ALL]
      add: [CHOWN]
  volumeMounts:
    - name: data
      mountPath: {{ .mountPath }}
{{- end }}
{{- end }}

{{- define "eventpipeline-dev.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ . }}
runAsGroup: {{ . }}
fsGroup: {{ . }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "eventpipeline-dev.securityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
{{- end }}

{{/* Placement and the pod settings every server shares. */}}
{{- define "eventpipeline-dev.podCommon" -}}
automountServiceAccountToken: false
enableServiceLinks: false
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
