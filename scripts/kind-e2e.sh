# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
!# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
1# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
0# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
M# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
M# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
'# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
'# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
H# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
&# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
&# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
1# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
&# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
[# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
z# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
]# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
&# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
1# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
X# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
q# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
1# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
0# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
<# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
<# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
># One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
x# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
`# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
`# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
*# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
[# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
]# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
|# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
(# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
)# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
'# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
;# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
\# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
M# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
w# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
5# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
\# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
g# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
\# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
{# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
H# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
M# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
:# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
}# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
## One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
K# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
U# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
B# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
C# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
F# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
G# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
,# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
k# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
u# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
H# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
d# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
f# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
c# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
r# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
l# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
a# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
P# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
O# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
R# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
_# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
I# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
N# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
S# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
T# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
A# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
L# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
E# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
D# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
=# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
1# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
.# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
v# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
b# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
i# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
h# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
o# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
n# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
m# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
p# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
y# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
t# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
s# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
/# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
2# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
e# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
-# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
q# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
 # One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
$# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
@# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
"# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done
